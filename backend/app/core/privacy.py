"""What erased personal data is replaced with, wherever it was kept (LGPD erasure)."""

ERASED = "[apagado a pedido do titular]"
