#pragma once

#include <QLoggingCategory>

// One category per area, enabled with QT_LOGGING_RULES="lookbook.fusion.debug=true" and the like.
Q_DECLARE_LOGGING_CATEGORY(lcFusion)
Q_DECLARE_LOGGING_CATEGORY(lcDetection)
Q_DECLARE_LOGGING_CATEGORY(lcEmbedding)
Q_DECLARE_LOGGING_CATEGORY(lcIndex)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcDataset)
Q_DECLARE_LOGGING_CATEGORY(lcPipeline)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
