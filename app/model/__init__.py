"""The domain: vault, registers, custody journal, audit. No Qt, no widgets."""
