"""Developer tooling, never imported by the runtime: random models of the real shapes
(synthetic.py), replicas of the real Hub repos (replicas.py), the corpus and the benchmark."""
