"""Layer 2: the regulations' vocabulary and reference data: the five mandated contents,
the 纲要 chapters, national laws, places and issuers, word segmentation."""
