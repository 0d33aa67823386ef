"""document stage: the neutral document model (pure data) that every source produces and layout fills."""
