#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace rathaus::bench {

// The real rathaus-server binary on 127.0.0.1 and a free port, on an existing
// database (made by rathaus-bench-seed); stopped in the destructor. A separate
// process, so that the timings are the server's and the client's own.
class BenchServer
{
public:
    BenchServer(const QString &program, const QString &databaseUrl)
    {
        m_process.setProgram(program);
        m_process.setArguments({ QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--db"), databaseUrl, QStringLiteral("--quiet") });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        QByteArray output;
        while (!output.contains('\n') && m_process.waitForReadyRead(120000))
            output += m_process.readAllStandardOutput();
        const qsizetype at = output.indexOf("http://");
        if (at < 0) {
            std::fprintf(stderr, "rathaus-server did not start: %s\n", output.constData());
            std::exit(2);
        }
        m_baseUrl = QString::fromUtf8(output.mid(at)).trimmed();
    }
    ~BenchServer()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    BenchServer(const BenchServer &) = delete;
    BenchServer &operator=(const BenchServer &) = delete;

    QString baseUrl() const { return m_baseUrl; }

private:
    QProcess m_process;
    QString m_baseUrl;
};

} // namespace rathaus::bench
