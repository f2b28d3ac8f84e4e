#include "common/logging.h"

Q_LOGGING_CATEGORY(lcFusion, "lookbook.fusion", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDetection, "lookbook.detection", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEmbedding, "lookbook.embedding", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIndex, "lookbook.index", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "lookbook.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDataset, "lookbook.dataset", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPipeline, "lookbook.pipeline", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "lookbook.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "lookbook.ui", QtInfoMsg)
