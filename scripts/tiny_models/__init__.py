"""Builders for tiny, random-weight models with the real file formats (tests and benchmarks only).

Never imported by the newsbrief package. Each builder writes a directory that the real loaders
(transformers, CTranslate2 converter) accept exactly as they accept a hub snapshot.
"""
