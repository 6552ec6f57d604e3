"""The local web app: a thin adapter over the service layer (``bondlens serve``)."""
