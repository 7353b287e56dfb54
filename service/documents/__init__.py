"""Documents in, the same documents out: .docx, .md and .html keep their structure and
inline formatting in English; a PDF becomes a .docx of its headings and paragraphs.

    from service.documents import translate_file
    out = translate_file(pipeline, "raport.docx", data)   # out.data: the English .docx
    out.result.warnings, out.result.stats["formatting"]

    model.py      Style, Run, Block, Document: the one model every format reads into
    flatten.py    a block's runs -> the text the pipeline translates, and who owns each char
    align.py      a sentence's inline formatting placed on its English
    translate.py  blocks -> Pipeline.run -> each block's English runs
    wordfile.py   .docx    markdown.py  .md    html.py  .html    pdf.py  .pdf -> .docx
    bilingual.py  the review copy: Polish | English | checks, one row per sentence
    convert.py    translate_file: read, translate, write
"""

from .convert import (
    OUTPUT_KIND,
    DocumentOutput,
    document_kind,
    output_name,
    read_blocks,
    rewrite_file,
    translate_file,
    translate_path,
)

__all__ = [
    "OUTPUT_KIND",
    "DocumentOutput",
    "document_kind",
    "output_name",
    "read_blocks",
    "rewrite_file",
    "translate_file",
    "translate_path",
]
