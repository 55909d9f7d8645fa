// bench_inbox_client: the client's case list at scale (quality.md "Speed and
// scale": the list shows 10^6 cases with lazy fetching, memory grows by the
// pages fetched, not by the rows in the table). The real CaseListModel in a
// QTreeView the size of the inbox, offscreen, against the real rathaus-server
// on a database made by rathaus-bench-seed, signed in as sb.verkehr (TOTP).
// It scrolls to the end again and again; each time the view asks the model
// for the next page. Per page it prints the fetch time (scroll to rows
// shown), the process's resident memory (/proc/self/status VmRSS) and the
// time of one scroll step (a page down, painted).
//
//   bench_inbox_client --db sqlite:build/bench-data/cases-1e6.db --pages 50
#include "app/client/ApiClient.h"
#include "app/client/MemorySecretStore.h"
#include "app/client/Session.h"
#include "app/client/staff/CaseListModel.h"
#include "app/client/staff/StaffApi.h"
#include "common/crypto/Totp.h"
#include "tests/bench/BenchServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace rathaus;

namespace {

// Resident memory of this process in KiB.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Runs the event loop until `done` or `timeoutMs` passed.
template<typename Done> bool waitFor(Done done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                 : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Scrolls the staff case list through a large office; prints memory."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("sqlite:PATH to serve."),
                                QStringLiteral("URL"));
    const QCommandLineOption backend(QStringLiteral("backend"),
                                     QStringLiteral("A running backend instead (http://...)."),
                                     QStringLiteral("URL"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("The rathaus-server binary."),
                                    QStringLiteral("PATH"), QStringLiteral(RATHAUS_SERVER_BINARY));
    const QCommandLineOption pages(QStringLiteral("pages"),
                                   QStringLiteral("Pages to scroll through (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("Rows per page (default: the model's)."),
                                      QStringLiteral("N"));
    parser.addOptions({ db, backend, server, pages, pageSize });
    parser.process(app);
    if (!parser.isSet(db) && !parser.isSet(backend)) {
        std::printf("bench_inbox_client: no --db or --backend given; see "
                    "tests/bench/run-inbox-benchmark\n");
        return 0;
    }

    std::unique_ptr<bench::BenchServer> ownServer;
    QString baseUrl = parser.value(backend);
    if (baseUrl.isEmpty()) {
        ownServer = std::make_unique<bench::BenchServer>(parser.value(server), parser.value(db));
        baseUrl = ownServer->baseUrl();
    }

    QNetworkAccessManager network;
    client::ApiClient api(&network);
    api.setBaseUrl(QUrl(baseUrl));
    client::MemorySecretStore store;
    client::Session session(&api, &store);
    std::optional<Result<UserInfo>> login;
    const auto secret = base32::decode(QStringLiteral("JBSWY3DPEHPK3PXP"));
    session.login(QStringLiteral("sb.verkehr"), QStringLiteral("rathaus-demo"),
                  // The next step: bench_inbox may have used this one a moment ago
                  // (a code is good once), and the server accepts one step ahead.
                  Totp(secret.value_or(QByteArray())).code(QDateTime::currentSecsSinceEpoch() + 30),
                  &app, [&](const Result<UserInfo> &result) { login = result; });
    if (!waitFor([&] { return login.has_value(); }) || !login->ok()) {
        std::fprintf(stderr, "bench_inbox_client: sign-in failed\n");
        return 2;
    }
    client::StaffApi staff(&session);

    const qint64 rssBefore = residentKiB();
    client::CaseListModel model(&staff, nullptr);
    if (parser.isSet(pageSize))
        model.setPageSize(parser.value(pageSize).toInt());
    model.setCurrentUserId(session.user().id);
    QTreeView view; // as the inbox: a flat table of uniform rows
    view.setRootIsDecorated(false);
    view.setUniformRowHeights(true);
    view.setModel(&model);
    view.resize(1100, 700);
    view.show();

    QElapsedTimer first;
    first.start();
    model.setQuery({});
    if (!waitFor([&] { return model.pagesFetched() >= 1 && !model.isLoading(); })) {
        std::fprintf(stderr, "bench_inbox_client: the first page did not arrive\n");
        return 2;
    }
    std::printf("first page: %.1f ms, %d rows; RSS %lld KiB before the model\n", ms(first),
                model.rowCount(), rssBefore);
    std::printf("%5s %7s %10s %10s %10s %12s\n", "page", "rows", "fetch ms", "RSS KiB", "+KiB",
                "scroll ms");

    const int wanted = qMax(1, parser.value(pages).toInt());
    QList<double> fetches;
    QList<double> steps;
    qint64 rssFirst = residentKiB();
    qint64 rssLast = rssFirst;
    while (model.pagesFetched() < wanted && model.hasMorePages()) {
        const int fetched = model.pagesFetched();
        // To the end: the view asks the model for more (QAbstractItemView's
        // fetchMore on reaching the bottom), as when a caseworker scrolls.
        QElapsedTimer fetch;
        fetch.start();
        view.scrollToBottom();
        if (!waitFor([&] { return model.pagesFetched() > fetched && !model.isLoading(); })) {
            std::fprintf(stderr, "bench_inbox_client: page %d did not arrive\n", fetched + 1);
            return 2;
        }
        const double fetchMs = ms(fetch);
        fetches.append(fetchMs);

        // One scroll step over the rows already there: up a page, painted.
        QElapsedTimer step;
        step.start();
        view.verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
        view.viewport()->repaint();
        const double stepMs = ms(step);
        steps.append(stepMs);

        const qint64 rss = residentKiB();
        std::printf("%5d %7d %10.1f %10lld %10lld %12.2f\n", model.pagesFetched(), model.rowCount(),
                    fetchMs, rss, rss - rssLast, stepMs);
        std::fflush(stdout);
        rssLast = rss;
    }
    auto median = [](QList<double> list) {
        if (list.isEmpty())
            return 0.0;
        std::sort(list.begin(), list.end());
        return list[list.size() / 2];
    };
    const qint64 rows = model.rowCount();
    std::printf("\n%d pages, %lld rows: fetch median %.1f ms, scroll step median %.2f ms;"
                " RSS grew %lld KiB after the first page (%.2f KiB per row fetched)\n",
                model.pagesFetched(), rows, median(fetches), median(steps), rssLast - rssFirst,
                double(rssLast - rssFirst) / double(qMax<qint64>(1, rows)));
    return 0;
}
