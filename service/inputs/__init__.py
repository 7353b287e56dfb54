"""Everything that turns an outside input into text, and writes files safely.

    readers/   one reader per format (text, Markdown, HTML, .docx, .pdf) -> Document
    fetch.py   a URL -> Document, refusing private addresses (SSRF) and oversized bodies
    source.py  one input (file, bytes, URL) -> Document -> the article text the pipeline gets
    files.py   atomic file writes (temp file, fsync, rename)
"""
