#pragma once

#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace rathaus {

// The value of a file field comes in more than one shape: the backend stores
// [{"upload_id", "name", "size", "media_type"}], older clients and scripts
// send the bare ids ("<id>" or ["<id>", ...]), and a single object is taken
// like a list of one. This reads the upload ids out of any of them, in order.
// nullopt when the value has none of these shapes, or an entry names no id.
std::optional<QStringList> fileUploadIds(const QJsonValue &value);

} // namespace rathaus
