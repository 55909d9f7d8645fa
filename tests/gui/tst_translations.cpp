// Every language the program offers is complete: no message left unfinished
// in the .ts files, placeholders, accelerators and plural forms kept, and the
// compiled translation is embedded and answers for a real screen.
#include "app/ui/LanguageManager.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace rathaus;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms; // one text, or the plural forms
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name") && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            if (!current.source.isNull())
                messages << current;
            current = Message {};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.forms << xml.readElementText();
        }
    }
    if (!current.source.isNull())
        messages << current;
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9]"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured().remove(QLatin1Char('L'));
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s]"));
    return text.contains(pattern);
}

QString tsPath(const QString &language)
{
    return QStringLiteral(RATHAUS_TRANSLATIONS_DIR "/rathaus_%1.ts").arg(language);
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void everyLanguageIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : ui::LanguageManager::availableLanguages()) {
            if (language != QLatin1String("en")) // the source language
                QTest::newRow(qPrintable(language)) << language;
        }
    }

    void everyLanguageIsComplete()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(tsPath(language));
        QVERIFY2(!messages.isEmpty(), qPrintable(tsPath(language)));

        QStringList problems;
        for (const Message &message : messages) {
            const QString where = message.context + QLatin1String(": ") + message.source;
            if (!message.type.isEmpty()) {
                problems << message.type + QLatin1String(" - ") + where;
                continue;
            }
            if (message.forms.isEmpty()) {
                problems << QLatin1String("no translation - ") + where;
                continue;
            }
            bool showsNumber = !message.source.contains(QLatin1String("%n"));
            for (const QString &form : message.forms) {
                if (form.trimmed().isEmpty())
                    problems << QLatin1String("empty - ") + where;
                if (placeholders(form) != placeholders(message.source))
                    problems << QLatin1String("placeholders differ - ") + where +
                            QLatin1String(" -> ") + form;
                if (hasAccelerator(message.source) != hasAccelerator(form))
                    problems << QLatin1String("accelerator differs - ") + where +
                            QLatin1String(" -> ") + form;
                showsNumber = showsNumber || form.contains(QLatin1String("%n"));
            }
            if (!showsNumber)
                problems << QLatin1String("no plural form shows %n - ") + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void pluralFormsFollowTheLanguage()
    {
        // Arabic distinguishes six plural forms (0, 1, 2, 3-10, 11-99, 100+).
        for (const Message &message : readTs(tsPath(QStringLiteral("ar")))) {
            if (message.numerus)
                QCOMPARE(message.forms.size(), 6);
        }
    }

    void embeddedTranslationsAnswer_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("signIn");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Anmelden");
        QTest::newRow("tr") << QStringLiteral("tr") << QStringLiteral("Oturum a\u00e7");
        QTest::newRow("ar")
            << QStringLiteral("ar")
            << QStringLiteral(
                   "\u062a\u0633\u062c\u064a\u0644 \u0627\u0644\u062f\u062e\u0648\u0644");
    }

    void embeddedTranslationsAnswer()
    {
        QFETCH(QString, language);
        QFETCH(QString, signIn);
        QTranslator translator;
        QVERIFY(
            translator.load(QStringLiteral(":/i18n/rathaus_") + language + QStringLiteral(".qm")));
        QCOMPARE(translator.translate("LoginPage", "Sign in"), signIn);
        // Three seconds: Arabic "3" takes the few-form (3-10).
        if (language == QLatin1String("ar"))
            QVERIFY(
                translator.translate("ApiClient", "Please try again in %n second(s).", nullptr, 3)
                    .contains(QStringLiteral("\u062b\u0648\u0627\u0646")));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
