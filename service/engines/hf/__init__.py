"""The PyTorch backend: transformers' AutoTokenizer and AutoModelForSeq2SeqLM.generate."""
