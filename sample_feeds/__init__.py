"""The bundled sample estate of the fictional St Aldhelm's General Hospital (every patient invented)."""
