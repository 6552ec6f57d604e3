"""bondlens: a private, local-first connection journal with a relationship lens."""

import os

# NumPy's BLAS would otherwise start a thread per core for every small matrix product
# the analysis heads make, and those threads spin against onnxruntime's own: one thread
# reads a journal about a third faster on two cores (docs/analysis.md, Speed). Set here,
# before anything imports NumPy; an explicit setting in the environment wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
