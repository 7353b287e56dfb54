"""Seq2seq models behind one interface.

    base.py        the Engine protocol and what every backend shares
    generation.py  a model's generation settings, read once for every backend
    hf/            PyTorch (transformers' generate)
    ct2/           CTranslate2 (conversion, engine, torch-free tokenizers)
    loader.py      backend and device choice; the process-wide registry of loaded engines
    batching.py    BatchingEngine: concurrent requests' calls merged into shared batches
"""
