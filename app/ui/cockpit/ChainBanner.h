#pragma once

#include "app/client/cockpit/AccessLogAudit.h"

#include <QString>

namespace rathaus::client {
class AccessLogVerifier;
}

namespace rathaus::ui {

// The access log's check as a citizen reads it: no "hash", no "chain".
class ChainBanner
{
public:
    enum class Tone { Info, Ok, Warning };
    struct Text
    {
        Tone tone = Tone::Info;
        QString text;
    };
    static Text describe(const client::AccessLogVerifier &verifier, const QString &language);
};

} // namespace rathaus::ui
