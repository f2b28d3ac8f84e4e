#pragma once

#include "models/modelmanifest.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace lookbook::cli {

// `--models a.json b.json …`: detectors and one embedder (or ensemble), told apart by each
// manifest's kind, as `catalog import`, `search` and `evaluate` take them.
struct ModelSelection final {
    QStringList detectors;
    QString embedder;
};

void addModelOptions(QCommandLineParser &parser);
// All the manifests given, by kind (`experiment` takes several embedders): --models (and `extra`)
// sorted by each manifest's kind, after --detectors and --embedder as given;
// false with `problem` set when a manifest cannot be read.
bool readModelLists(const QCommandLineParser &parser, const QStringList &extra, models::ManifestsByKind &lists, QString &problem);
// `extra` are positional arguments after the command's own, read as more manifests. False with
// `problem` set when a manifest cannot be read or there is not exactly one embedder.
bool readModelOptions(const QCommandLineParser &parser, const QStringList &extra, ModelSelection &selection, QString &problem);

} // namespace lookbook::cli
