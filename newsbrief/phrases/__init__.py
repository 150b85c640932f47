"""Boilerplate phrase lists per language (YAML data, read by newsbrief.normalise.phrases).

A package (not a bare data folder) so that setuptools ships it without warning that it would be ignored.
"""
