"""Summarisation stage (library): extractive default, seq2seq and instruct summarisers, bullets, evidence.

Takes explicit parameters; never reads models.yaml, never prints.
"""
