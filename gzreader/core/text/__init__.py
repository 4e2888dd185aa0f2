"""Words of the text: finding what the reader typed, jieba segmentation, key terms."""
