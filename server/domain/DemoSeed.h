#pragma once

#include <QString>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;

// The demo city (domain.md "Demo city"): offices, services with their forms
// and fees, citizen and staff accounts. The data is in domain/demo/*.json,
// embedded as a Qt resource (:/rathaus/demo/...), not in code.
// Idempotent: catalogue rows are upserted, existing accounts kept as they are.
class DemoSeed
{
public:
    // The demo city's name, as a backend seeded with it calls itself.
    static QString cityName() { return QStringLiteral("Stadt Lunaburg"); }

    struct Report
    {
        int offices = 0;
        int services = 0;
        int accountsCreated = 0;
    };

    // Throws DatabaseError; returns false with a message when the embedded data is broken.
    static bool apply(Database &database, const Clock &clock, Report *report,
                      QString *errorMessage);

    static QString demoPassword();
    static QString staffTotpSecret();
};

} // namespace rathaus::server
