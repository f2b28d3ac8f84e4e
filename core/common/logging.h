#pragma once

#include <QLoggingCategory>

// One category per area; warnings show by default, the rest with QT_LOGGING_RULES="lookbook.*.info=true".
Q_DECLARE_LOGGING_CATEGORY(lcFusion)
Q_DECLARE_LOGGING_CATEGORY(lcDetection)
Q_DECLARE_LOGGING_CATEGORY(lcEmbedding)
Q_DECLARE_LOGGING_CATEGORY(lcIndex)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcDataset)
Q_DECLARE_LOGGING_CATEGORY(lcPipeline)
Q_DECLARE_LOGGING_CATEGORY(lcTrain)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
