using EventStoreSample;
using Microsoft.Data.Sqlite;
using NodaTime;
using Snapshooter;
using Snapshooter.Xunit;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Monetary;
using SupplyChain.Domain.Procurement;

namespace SupplyChain.Domain.Serialization.Tests;

/// <summary>
/// The EventStore sample (samples/EventStore): a purchase order's events stored in SQLite as the package's JSON, read
/// back and rebuilt into the same order; a writer holding a stale version is refused and stores nothing. Each test has
/// its own database file in the temp folder, deleted afterwards.
/// </summary>
public sealed class EventStoreSampleTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"eventstore-test-{Guid.NewGuid():N}.db");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void The_sample_rebuilds_the_order_it_stored_and_refuses_the_stale_writer()
    {
        var output = new StringWriter();
        var results = Program.Run(output, _path);

        results.Appended.Should().BeTrue("the file was empty");
        PurchaseOrderHistoryTests.SameOrder(results.Rebuilt, results.Original);
        results.Rebuilt.Status.Should().Be(PurchaseOrderStatus.Closed);
        results.Rebuilt.ConfirmedValue.Should().Be(new Money(3500.00m, Currency.USD));   // 432 lamps × 6.25 + 1000 cables × 0.80 = 2700 + 800
        (results.Stale.ExpectedVersion, results.Stale.ActualVersion).Should().Be((2, 6), "the writer read the drafted and issued order; six events are stored");
        results.Retry.Rule.Should().Be(DomainRules.ProcurementCommandAllowedInStatus, "read again, the order is closed");
        new SqliteEventStore(_path, Json.Options).Read(Program.StreamId).Should().Equal(results.Original.History, "the refused cancel stored nothing");

        // The lamps' ledger: 440 received, 2 of them damaged, so 438 fulfillable and 2 unfulfillable after 5 movements.
        results.RebuiltLedger.Movements.Should().Equal(results.Ledger.Movements);
        results.RebuiltLedger.Version.Should().Be(5);
        results.RebuiltLedger.Balance(StockBucket.Fulfillable).Should().Be(438);
        results.RebuiltLedger.Unfulfillable.Should().Be(2);
        results.RebuiltLedger.Inbound.Should().Be(0);

        // The shipment: booked, routed, received, loaded, unloaded, claimed, two goods receipts = 8 events; 440 lamps shipped = 438 + 2 damaged.
        results.RebuiltShipment.History.Should().Equal(results.Shipment.History);
        results.RebuiltShipment.Version.Should().Be(8);
        results.RebuiltShipment.Delivery.Should().Be(results.Shipment.Delivery);
        results.RebuiltShipment.Delivery.TransportStatus.Should().Be(Shipping.TransportStatus.Claimed);
        results.RebuiltShipment.Reconciliation.Should().Equal(results.Shipment.Reconciliation);
        results.RebuiltShipment.Discrepancies.Should().ContainSingle().Which.Damaged.Should().Be(2);

        var text = output.ToString().ReplaceLineEndings("\n");
        text.Split('\n').Should().AllSatisfy(line => line.Length.Should().BeLessThanOrEqualTo(80, "a line must fit 80 columns: {0}", line));
        Snapshot.Match(text, new SnapshotNameExtension("txt"));
    }

    [Fact]
    public void The_docs_show_the_table_the_sample_creates()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "SupplyChain.Domain.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("the repository root is not above the test binaries");
        }

        File.ReadAllText(Path.Combine(root.FullName, "docs", "persistence.md")).ReplaceLineEndings("\n")
            .Should().Contain("```sql\n" + SqliteEventStore.Schema.ReplaceLineEndings("\n") + "\n```");
    }

    [Fact]
    public void A_second_run_on_the_same_file_appends_nothing_and_rebuilds_the_same_order()
    {
        Program.Run(TextWriter.Null, _path);
        var again = Program.Run(TextWriter.Null, _path);

        again.Appended.Should().BeFalse();
        PurchaseOrderHistoryTests.SameOrder(again.Rebuilt, again.Original);
        new SqliteEventStore(_path, Json.Options).VersionOf(Program.StreamId).Should().Be(6);
    }

    [Fact]
    public void The_table_has_one_row_per_event_and_its_key_refuses_a_second_row_of_a_version()
    {
        var order = Program.Order();
        new SqliteEventStore(_path, Json.Options).Append(Program.StreamId, 0, order.History);

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        connection.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT stream_id, version, type, json FROM events ORDER BY version";
        var rows = new List<(string Stream, long Version, string Type, string Json)>();
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        rows.Should().Equal(order.History.Select(e => (Program.StreamId, (long)e.Version, e.GetType().Name, Json.Write(e))));
        using var duplicate = connection.CreateCommand();
        duplicate.CommandText = "INSERT INTO events (stream_id, version, type, json) VALUES ('PO-2026-001', 3, 'PurchaseOrderCancelled', '{}')";
        FluentActions.Invoking(() => duplicate.ExecuteNonQuery()).Should().Throw<SqliteException>()
            .Which.SqliteErrorCode.Should().Be(19, "SQLITE_CONSTRAINT: UNIQUE (stream_id, version)");
    }

    [Fact]
    public void Of_two_writers_that_read_the_same_version_the_second_is_refused_and_stores_nothing()
    {
        var first = new SqliteEventStore(_path, Json.Options);
        var second = new SqliteEventStore(_path, Json.Options);   // another connection each call, as another process
        var order = Program.Order();
        first.Append(Program.StreamId, 0, order.History.Take(2));

        // Both read version 2; the first appends the response (3), the second its cancel (also 3).
        var mine = PurchaseOrder.Rebuild(first.Read(Program.StreamId));
        var theirs = PurchaseOrder.Rebuild(second.Read(Program.StreamId));
        first.Append(Program.StreamId, 2, [mine.Respond(Instant.FromUtc(2026, 2, 3, 9, 0), [LineResponse.Accept(10), LineResponse.Accept(20)])]);
        var cancel = theirs.Cancel(Instant.FromUtc(2026, 2, 3, 10, 0));

        FluentActions.Invoking(() => second.Append(Program.StreamId, 2, [cancel])).Should().Throw<StaleVersionException>()
            .Which.ActualVersion.Should().Be(3);
        PurchaseOrder.Rebuild(second.Read(Program.StreamId)).Status.Should().Be(PurchaseOrderStatus.Confirmed, "the response stands, the cancel was not stored");
    }

    [Fact]
    public void An_append_with_a_gap_in_its_versions_stores_none_of_its_events()
    {
        var store = new SqliteEventStore(_path, Json.Options);
        var history = Program.Order().History;

        FluentActions.Invoking(() => store.Append(Program.StreamId, 0, [history[0], history[1], history[3]])).Should().Throw<ArgumentException>();
        store.VersionOf(Program.StreamId).Should().Be(0, "the transaction is rolled back as a whole");
        store.Read(Program.StreamId).Should().BeEmpty();
    }
}
