// The client's own checks of a chosen file, made before anything is sent:
// the type from the content (not the name), the name agreeing with it, the
// field's accepted types and its size limit.
#include "app/client/UploadCheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rathaus;
using namespace rathaus::client;

namespace {
const QByteArray pdfBytes = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n";
const QByteArray pngBytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(32, '\0');
const QByteArray jpegBytes = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(32, '\0');
const QString pdf = QStringLiteral("application/pdf");
const QString png = QStringLiteral("image/png");
} // namespace

class UploadCheckTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

private slots:
    void sniffsTheFirstBytes_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("type");
        QTest::newRow("pdf") << pdfBytes << pdf;
        QTest::newRow("png") << pngBytes << png;
        QTest::newRow("jpeg") << jpegBytes << QStringLiteral("image/jpeg");
        QTest::newRow("text") << QByteArray("hello, this is text") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("pdf not at the start") << QByteArray(" %PDF-1.4") << QString();
        QTest::newRow("png signature cut short") << QByteArray("\x89PNG\r\n", 6) << QString();
        QTest::newRow("gif") << QByteArray("GIF89a........") << QString();
    }
    void sniffsTheFirstBytes()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, type);
        QCOMPARE(UploadCheck::sniff(head), type);
    }

    void acceptsAMatchingFile()
    {
        const QString path = write(QStringLiteral("Fahrzeugschein.PDF"), pdfBytes);
        const auto file = UploadCheck::check(path, { pdf, png }, 1000);
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.problem().title));
        QCOMPARE(file.value().name, QStringLiteral("Fahrzeugschein.PDF"));
        QCOMPARE(file.value().size, qint64(pdfBytes.size()));
        QCOMPARE(file.value().mediaType, pdf);
        QCOMPARE(file.value().path, QFileInfo(path).absoluteFilePath());
    }

    void aNameWithoutExtensionIsJudgedByContent()
    {
        const auto file = UploadCheck::check(write(QStringLiteral("scan"), pngBytes), {}, 0);
        QVERIFY(file.ok());
        QCOMPARE(file.value().mediaType, png);
    }

    void aPdfNamedPngIsRefused()
    {
        const auto file =
            UploadCheck::check(write(QStringLiteral("foto.png"), pdfBytes), { pdf, png }, 0);
        QVERIFY(!file.ok());
        QCOMPARE(file.problem().slug(), QStringLiteral("name-mismatch"));
        QVERIFY(file.problem().title.contains(QLatin1String("PDF")));
        QVERIFY(file.problem().title.contains(QLatin1String(".png")));
    }

    void contentOfAnotherKindIsRefused()
    {
        const auto file = UploadCheck::check(write(QStringLiteral("brief.pdf"), "Lieber Herr"),
                                             { pdf }, 0);
        QVERIFY(!file.ok());
        QCOMPARE(file.problem().slug(), QStringLiteral("unsupported-media-type"));
    }

    void aTypeTheFieldDoesNotTakeIsRefused()
    {
        const auto file = UploadCheck::check(write(QStringLiteral("bild.png"), pngBytes), { pdf }, 0);
        QVERIFY(!file.ok());
        QCOMPARE(file.problem().slug(), QStringLiteral("unsupported-media-type"));
        QVERIFY(file.problem().title.contains(QLatin1String("PNG")));
    }

    void theSizeLimitHolds()
    {
        const QByteArray big = pdfBytes + QByteArray(2000, 'x');
        const QString path = write(QStringLiteral("gross.pdf"), big);
        QVERIFY(!UploadCheck::check(path, { pdf }, 1000).ok());
        QCOMPARE(UploadCheck::check(path, { pdf }, 1000).problem().slug(),
                 QStringLiteral("payload-too-large"));
        QVERIFY(UploadCheck::check(path, { pdf }, big.size()).ok()); // the limit itself is fine
        // No limit given: the server's default of 10 MiB.
        QVERIFY(UploadCheck::check(path, { pdf }, 0).ok());
    }

    void aMissingFileIsRefused()
    {
        const auto file = UploadCheck::check(dir.filePath(QStringLiteral("gone.pdf")), {}, 0);
        QVERIFY(!file.ok());
        QCOMPARE(file.problem().slug(), QStringLiteral("unreadable"));
        QVERIFY(!UploadCheck::check(dir.path(), {}, 0).ok()); // a folder
    }
};

QTEST_GUILESS_MAIN(UploadCheckTest)
#include "tst_uploadcheck.moc"
