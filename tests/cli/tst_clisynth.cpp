// `lookbook-cli synth` and `lookbook-cli validate` as a user runs them: a real process, real files, exit codes.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using lookbook::test::runCli;

class TestCliSynth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void synthThenValidate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("synth"));
        const auto run = runCli({QStringLiteral("synth"), QStringLiteral("--out"), out, QStringLiteral("--pairs"), QStringLiteral("6"),
                                 QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--threads"), QStringLiteral("2"),
                                 QStringLiteral("--validation-fraction"), QStringLiteral("0")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.startsWith("wrote "));
        QVERIFY2(run.err.contains("images/s") && run.err.contains("ETA"), run.err.constData());

        const QString train = QDir(out).filePath(QStringLiteral("train"));
        const auto valid = runCli({QStringLiteral("validate"), train});
        QVERIFY2(valid.exitCode == 0, valid.out.constData());
        QVERIFY(valid.out.isEmpty());

        const QString annotation = QDir(train).filePath(QStringLiteral("annos/000002.json"));
        QFile file(annotation);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        file.close();
        json.replace("\"source\":\"shop\"", "\"source\":\"store\"").replace("\"source\":\"user\"", "\"source\":\"store\"");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();
        const auto invalid = runCli({QStringLiteral("validate"), train});
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY2(invalid.out.contains((annotation + QStringLiteral(": source: ")).toUtf8()), invalid.out.constData());
    }

    void progressInALogHasNoCarriageReturns()
    {
        // stderr is a pipe here, as in a CI log: whole lines every few percent, never a redrawn line.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto run = runCli({QStringLiteral("synth"), QStringLiteral("--out"), dir.filePath(QStringLiteral("synth")), QStringLiteral("--pairs"),
                                 QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--validation-fraction"),
                                 QStringLiteral("0")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!run.err.contains('\r'), run.err.constData());
        const qsizetype lines = run.err.count("images/s");
        QVERIFY2(lines >= 2 && lines <= 21, run.err.constData());
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no --out") << QStringList{QStringLiteral("synth"), QStringLiteral("--pairs"), QStringLiteral("3")} << QByteArray("--out");
        QTest::newRow("pairs not a number") << QStringList{QStringLiteral("synth"), QStringLiteral("--out"), QStringLiteral("x"),
                                                           QStringLiteral("--pairs"), QStringLiteral("many")}
                                            << QByteArray("--pairs");
        QTest::newRow("zero pairs") << QStringList{QStringLiteral("synth"), QStringLiteral("--out"), QStringLiteral("x"), QStringLiteral("--pairs"),
                                                   QStringLiteral("0")}
                                    << QByteArray("pairs:");
        // 4294967297 used to wrap to 1 thread; 100000 is above the thread limit (issue #15).
        QTest::newRow("threads beyond int") << QStringList{QStringLiteral("synth"), QStringLiteral("--out"), QStringLiteral("x"),
                                                           QStringLiteral("--threads"), QStringLiteral("4294967297")}
                                            << QByteArray("--threads: expected an integer from 0 to 2147483647");
        QTest::newRow("threads above the limit") << QStringList{QStringLiteral("synth"), QStringLiteral("--out"), QStringLiteral("x"),
                                                                QStringLiteral("--threads"), QStringLiteral("100000")}
                                                 << QByteArray("threads");
        QTest::newRow("fraction") << QStringList{QStringLiteral("synth"), QStringLiteral("--out"), QStringLiteral("x"),
                                                 QStringLiteral("--validation-fraction"), QStringLiteral("2")}
                                  << QByteArray("validationFraction");
        QTest::newRow("validate without a split") << QStringList{QStringLiteral("validate")} << QByteArray("split folder");
        QTest::newRow("validate a missing split") << QStringList{QStringLiteral("validate"), QStringLiteral("/nonexistent/split")}
                                                  << QByteArray("/nonexistent/split");
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const auto run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSynth)
#include "tst_clisynth.moc"
