#include "common/logging.h"

Q_LOGGING_CATEGORY(lcFusion, "lookbook.fusion", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDetection, "lookbook.detection", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEmbedding, "lookbook.embedding", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIndex, "lookbook.index", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCatalog, "lookbook.catalog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDataset, "lookbook.dataset", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "lookbook.search", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTrain, "lookbook.train", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBackend, "lookbook.backend", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "lookbook.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "lookbook.ui", QtWarningMsg)
