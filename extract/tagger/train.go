package tagger

// TrainOptions configure training.
type TrainOptions struct {
	Epochs int    // passes over the examples
	Seed   uint64 // order of the examples in each pass; the same seed gives the same model
	Scheme Scheme // the tags the model learns spans as (the examples' gold is BIO)
	// DropoutPerMille leaves each feature of a sentence out of that sentence's decoding
	// and update, per mille of the time (0: none): a model that cannot count on any one
	// feature learns the others that say the same, the context as well as the name's own
	// characters, which is what carries over to the names of other cities.
	DropoutPerMille int
	// Progress, when set, is called after each epoch with the number of sentences whose
	// prediction differed from the gold tags in that epoch.
	Progress func(epoch, mistakes int)
}

// Train fits an averaged structured perceptron to the examples (Collins 2002): decode
// each sentence with the current weights and, where the prediction differs, move the
// weights of the gold tags' features up and the predicted ones' down. The returned
// weights are the average over every step, which generalizes far better than the last.
// Everything runs in one goroutine in a fixed order, so training is reproducible bit for
// bit.
func Train(labels []string, bits uint, examples []Example, opts TrainOptions) *Model {
	m := NewSchemeModel(labels, bits, opts.Scheme)
	n := m.NumTags
	golds := make([][]Tag, len(examples))
	for i, ex := range examples {
		golds[i] = m.fromBIO(ex.Gold)
	}
	// w is the current weight, u the sum of c·Δ, so the average is w − u/c.
	w := make([]float64, len(m.W))
	u := make([]float64, len(m.W))
	tw := make([]float64, len(m.Trans))
	tu := make([]float64, len(m.Trans))
	c := 1.0
	dec := NewDecoder(m)
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := opts.Seed*2654435761 + 1
	next := func() uint64 { // xorshift64*: small, stable, ours
		rng ^= rng >> 12
		rng ^= rng << 25
		rng ^= rng >> 27
		return rng * 2685821657736338717
	}
	var drop dropout
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		for i := len(order) - 1; i > 0; i-- {
			j := int(next() % uint64(i+1))
			order[i], order[j] = order[j], order[i]
		}
		mistakes := 0
		for _, k := range order {
			ex, gold := examples[k], golds[k]
			if opts.DropoutPerMille > 0 {
				ex.Sentence = drop.sentence(ex.Sentence, next, opts.DropoutPerMille)
			}
			pred := dec.decode(ex.Sentence, nil)
			wrong := false
			for i := range pred {
				if pred[i] != gold[i] {
					wrong = true
					break
				}
			}
			if wrong {
				mistakes++
				update := func(i int, tag Tag, delta float64) {
					for _, f := range ex.Feats[i] {
						k := int(f)*n + int(tag)
						w[k] += delta
						u[k] += c * delta
						m.W[k] = float32(w[k])
					}
				}
				prevG, prevP := n, n
				for i := range pred {
					g, p := gold[i], pred[i]
					if g != p {
						update(i, g, 1)
						update(i, p, -1)
					}
					if prevG != prevP || g != p {
						kg, kp := prevG*n+int(g), prevP*n+int(p)
						tw[kg]++
						tu[kg] += c
						tw[kp]--
						tu[kp] -= c
						m.Trans[kg], m.Trans[kp] = float32(tw[kg]), float32(tw[kp])
					}
					prevG, prevP = int(g), int(p)
				}
			}
			c++
		}
		if opts.Progress != nil {
			opts.Progress(epoch, mistakes)
		}
	}
	for i := range w {
		m.W[i] = float32(w[i] - u[i]/c)
	}
	for i := range tw {
		m.Trans[i] = float32(tw[i] - tu[i]/c)
	}
	return m
}

// dropout holds the features a training step keeps of one sentence, reused from one
// sentence to the next.
type dropout struct {
	flat  []uint32
	ends  []int
	feats [][]uint32
}

// sentence returns s with each feature left out when next() % 1000 < perMille: one draw
// per feature, in order, from the training's own generator, so that the same seed
// leaves out the same features. The result is valid until the next call.
func (d *dropout) sentence(s Sentence, next func() uint64, perMille int) Sentence {
	d.flat, d.ends, d.feats = d.flat[:0], d.ends[:0], d.feats[:0]
	for _, fs := range s.Feats {
		for _, f := range fs {
			if int(next()%1000) >= perMille {
				d.flat = append(d.flat, f)
			}
		}
		d.ends = append(d.ends, len(d.flat))
	}
	start := 0
	for _, e := range d.ends {
		d.feats = append(d.feats, d.flat[start:e:e])
		start = e
	}
	return Sentence{Feats: d.feats}
}

// Average returns the model whose weights are the mean of the given models' (same
// labels and buckets). Perceptrons trained on different example orders disagree on the
// weights the data leaves loose; their mean keeps what they agree on, so a small change
// of the features or the data moves the tagger less. The sum runs in float64 in the
// given order: the same models give the same bytes.
func Average(ms []*Model) *Model {
	if len(ms) == 1 {
		return ms[0]
	}
	first := ms[0]
	out := NewSchemeModel(first.Labels, first.Bits, first.Scheme)
	out.Bias = first.Bias
	mean := func(dst []float32, pick func(*Model) []float32) {
		for i := range dst {
			var sum float64
			for _, m := range ms {
				sum += float64(pick(m)[i])
			}
			dst[i] = float32(sum / float64(len(ms)))
		}
	}
	mean(out.W, func(m *Model) []float32 { return m.W })
	mean(out.Trans, func(m *Model) []float32 { return m.Trans })
	return out
}
