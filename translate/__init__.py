"""Translation stage (library): segmentation, engines (transformers, CTranslate2), model loading.

Takes explicit parameters; never reads models.yaml, never prints.
"""
