"""The CTranslate2 backend: convert.py converts an HF model once, engine.py runs it, and
tokenization.py rebuilds its tokenizer without transformers or torch."""
