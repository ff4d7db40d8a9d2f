"""The coalition's world as data: the models, closed lists and reference vocabularies."""
