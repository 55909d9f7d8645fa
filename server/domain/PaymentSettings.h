#pragma once

#include <QString>
#include <QtGlobal>

namespace rathaus::server {

// How payments behave; part of BackendConfig, handed to handlers and housekeeping.
struct PaymentSettings
{
    // Origin the citizen's browser reaches this backend at ("https://rathaus.example"),
    // used to build next_url. Empty: the address the backend listens on. Never
    // taken from a request's Host header (a forged Host would send citizens'
    // card numbers elsewhere).
    QString publicBaseUrl;
    // Reconciliation asks the provider about payments that stayed unsettled this long.
    qint64 reconcileAfterSeconds = 5 * 60;
    // The demo provider's hosted page stays usable this long; then it times out.
    qint64 checkoutLifetimeSeconds = 15 * 60;
    // Test switch: the demo provider "loses" its notifications to the
    // city, so payments stay pending until reconciliation asks.
    bool dropProviderNotifications = false;
    // With the demo seed only: the demo page honours a posted
    // `drop_notification=1` (to try reconciliation by hand).
    bool allowDropField = false;
};

} // namespace rathaus::server
