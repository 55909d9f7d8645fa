// common/core/MediaSniffer: magic numbers, declared types, extensions.
#include "common/core/MediaSniffer.h"

#include <QTest>

using namespace rathaus;

class TestMediaSniffer : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("type");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n...") << QStringLiteral("application/pdf");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << QStringLiteral("image/png");
        QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0", 4) << QStringLiteral("image/jpeg");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("pdf later") << QByteArray(" %PDF-1.7") << QString();
        QTest::newRow("almost pdf") << QByteArray("%PDF") << QString();
        QTest::newRow("short png") << QByteArray("\x89PNG\r\n\x1a", 7) << QString();
        QTest::newRow("jpeg soi only") << QByteArray("\xff\xd8", 2) << QString();
        QTest::newRow("gif") << QByteArray("GIF89a") << QString();
        QTest::newRow("html") << QByteArray("<!DOCTYPE html>") << QString();
        QTest::newRow("zip") << QByteArray("PK\x03\x04") << QString();
    }
    void sniff()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, type);
        QCOMPARE(MediaSniffer::sniff(content), type);
    }

    void declaredTypes()
    {
        QCOMPARE(MediaSniffer::normalizeDeclared("application/pdf"), QStringLiteral("application/pdf"));
        QCOMPARE(MediaSniffer::normalizeDeclared(" Application/PDF ; name=x"),
                 QStringLiteral("application/pdf"));
        QCOMPARE(MediaSniffer::normalizeDeclared("image/jpg"), QStringLiteral("image/jpeg"));
        QCOMPARE(MediaSniffer::normalizeDeclared("image/pjpeg"), QStringLiteral("image/jpeg"));
        QCOMPARE(MediaSniffer::normalizeDeclared("image/png"), QStringLiteral("image/png"));
        QCOMPARE(MediaSniffer::normalizeDeclared("image/gif"), QString());
        QCOMPARE(MediaSniffer::normalizeDeclared("application/octet-stream"), QString());
        QCOMPARE(MediaSniffer::normalizeDeclared(""), QString());
    }

    void extensions()
    {
        QCOMPARE(MediaSniffer::typeOfExtension(QStringLiteral("scan.PDF")),
                 QStringLiteral("application/pdf"));
        QCOMPARE(MediaSniffer::typeOfExtension(QStringLiteral("a.b.png")), QStringLiteral("image/png"));
        QCOMPARE(MediaSniffer::typeOfExtension(QStringLiteral("photo.jpeg")),
                 QStringLiteral("image/jpeg"));
        QCOMPARE(MediaSniffer::typeOfExtension(QStringLiteral("photo.jpg")),
                 QStringLiteral("image/jpeg"));
        QCOMPARE(MediaSniffer::typeOfExtension(QStringLiteral("passwd")), QString());
        QCOMPARE(MediaSniffer::typeOfExtension(QStringLiteral("doc.txt")), QString());
        QCOMPARE(MediaSniffer::extensionFor(QStringLiteral("image/jpeg")), QStringLiteral("jpg"));
        QCOMPARE(MediaSniffer::extensionFor(QStringLiteral("text/plain")), QString());
    }

    void randomBytesNeverCrash()
    {
        for (int size = 0; size < 64; ++size) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (int i = 0; i < size; ++i)
                bytes[i] = char((i * 37 + size * 11) & 0xff);
            const QString type = MediaSniffer::sniff(bytes);
            QVERIFY(type.isEmpty() || !MediaSniffer::extensionFor(type).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestMediaSniffer)
#include "test_media_sniffer.moc"
