"""The bundled sample estate of the fictional St Aldhelm's General Hospital.

Every patient in it is invented.
"""
