#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli synth --out DIR --pairs N --seed S [--threads T] [--validation-fraction F]`: writes the
// synthetic street-to-shop dataset; `--contact-sheet FILE` draws a sheet of street and shop images instead.
int runSynthCommand(const QStringList &arguments);

} // namespace lookbook::cli
