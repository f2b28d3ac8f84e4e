#include "models/errortext.h"

namespace lookbook::ui {

QString ErrorText::of(const Error &error)
{
    switch (error.remedy) {
    case Remedy::RebuildIndex: return tr("%1; rebuild it with Tools ▸ Rebuild Index").arg(error.message);
    case Remedy::CheckCatalog: return tr("%1; check it with: lookbook-cli catalog check \"%2\"").arg(error.message, error.remedyArguments.value(0));
    case Remedy::ImportPhotos: return tr("%1; import photos with File ▸ Import into Catalog…").arg(error.message);
    case Remedy::BuildDemo: return tr("%1; build the demo set with: lookbook-cli demo build").arg(error.message);
    case Remedy::None:
    case Remedy::ReplaceOutput:
    case Remedy::ChooseVectorSet:
    case Remedy::NameDetectors:
    case Remedy::NameEmbedder:
        break;
    }
    return error.message;
}

} // namespace lookbook::ui
