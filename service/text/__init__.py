"""Pure text code (no models): normalize, segment into sentences, fit to a model's window,
identify the language, extract facts (numbers, dates, amounts), match glossary terms."""
