"""Report classification for GridBot: jieba segmentation plus keyword rules a clerk can edit."""

from nlp.classifier import Classification, Classifier
from nlp.rules import RuleError

__all__ = ["Classification", "Classifier", "RuleError"]
