using System.Text.Json;
using Microsoft.Data.Sqlite;
using SupplyChain.Domain.Inventory;
using SupplyChain.Domain.Procurement;
using SupplyChain.Domain.Shipping;

namespace EventStoreSample;

/// <summary>
/// Purchase-order events, shipment events and stock-ledger movements in one SQLite table, one row per event: <c>(stream_id, version, type, json)</c> with
/// <c>UNIQUE (stream_id, version)</c>. A writer says which version it read (<c>expectedVersion</c>); the append checks it
/// inside a write transaction and is refused with <see cref="StaleVersionException"/> when the stream has moved on.
/// </summary>
/// <remarks>
/// The JSON is the companion package's form (<c>ConfigureForSupplyChainDomain</c>); the stream id is the order id. Each
/// call opens its own connection, as separate processes would, so two instances on one file are two writers.
/// </remarks>
public sealed class SqliteEventStore
{
    /// <summary>The table, as docs/persistence.md shows it.</summary>
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS events (
            stream_id TEXT    NOT NULL,
            version   INTEGER NOT NULL CHECK (version >= 1),
            type      TEXT    NOT NULL,            -- the event's record name, e.g. PurchaseOrderIssued
            json      TEXT    NOT NULL,            -- the companion package's JSON of the event
            UNIQUE (stream_id, version)
        );
        """;

    private readonly string _connectionString;
    private readonly JsonSerializerOptions _options;

    /// <summary>Opens (and on first use creates) the database file at <paramref name="path"/>.</summary>
    public SqliteEventStore(string path, JsonSerializerOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _options = options ?? throw new ArgumentNullException(nameof(options));
        // No pooling: each call really opens and closes the file, and a CI run can delete it afterwards.
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        using var connection = Open();
        using var create = connection.CreateCommand();
        create.CommandText = Schema;
        create.ExecuteNonQuery();
    }

    /// <summary>The stream's version: the highest version stored, 0 for a stream with no event.</summary>
    public int VersionOf(string streamId)
    {
        using var connection = Open();
        return Version(connection, transaction: null, streamId);
    }

    /// <summary>The stream's events, oldest first, read back from their JSON.</summary>
    public IReadOnlyList<PurchaseOrderEvent> Read(string streamId) => Read<PurchaseOrderEvent>(streamId);

    /// <summary>A shipment's stream: its events, oldest first, read back from their JSON.</summary>
    public IReadOnlyList<ShipmentEvent> ReadShipment(string streamId) => Read<ShipmentEvent>(streamId);

    /// <summary>Appends a shipment's events (versions <paramref name="expectedVersion"/> + 1, + 2, …), all or none, as <see cref="Append"/> does.</summary>
    /// <exception cref="StaleVersionException">The stream is not at <paramref name="expectedVersion"/>. Nothing is stored.</exception>
    /// <exception cref="ArgumentException">The events do not continue from <paramref name="expectedVersion"/> without a gap.</exception>
    public void AppendShipment(string streamId, int expectedVersion, IEnumerable<ShipmentEvent> events) =>
        AppendVersioned(streamId, expectedVersion, events, e => e.Version);

    /// <summary>A stock ledger's stream: its movements, oldest first (version n is the n-th movement).</summary>
    public IReadOnlyList<StockMovement> ReadMovements(string streamId) => Read<StockMovement>(streamId);

    /// <summary>
    /// Appends a stock ledger's movements as versions <paramref name="expectedVersion"/> + 1, + 2, … (a ledger's version
    /// is its number of movements), all or none, as <see cref="Append"/> does.
    /// </summary>
    /// <exception cref="StaleVersionException">The stream is not at <paramref name="expectedVersion"/>. Nothing is stored.</exception>
    public void AppendMovements(string streamId, int expectedVersion, IEnumerable<StockMovement> movements)
    {
        ArgumentNullException.ThrowIfNull(movements);
        AppendRows(streamId, expectedVersion, movements.Select((m, i) => (expectedVersion + i + 1, nameof(StockMovement), JsonSerializer.Serialize(m, _options))));
    }

    private List<T> Read<T>(string streamId)
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT json FROM events WHERE stream_id = $stream ORDER BY version";
        select.Parameters.AddWithValue("$stream", streamId);
        var events = new List<T>();
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            events.Add(JsonSerializer.Deserialize<T>(reader.GetString(0), _options)
                ?? throw new InvalidOperationException($"A stored event of {streamId} is JSON null."));
        }

        return events;
    }

    /// <summary>
    /// Appends <paramref name="events"/> (versions <paramref name="expectedVersion"/> + 1, + 2, …) to the stream, all or
    /// none: in one transaction that takes SQLite's write lock first (<c>BEGIN IMMEDIATE</c>), so that no other writer
    /// comes between the version check and the inserts.
    /// </summary>
    /// <exception cref="StaleVersionException">The stream is not at <paramref name="expectedVersion"/>: another writer came first. Nothing is stored.</exception>
    /// <exception cref="ArgumentException">The events do not continue from <paramref name="expectedVersion"/> without a gap.</exception>
    public void Append(string streamId, int expectedVersion, IEnumerable<PurchaseOrderEvent> events) =>
        AppendVersioned(streamId, expectedVersion, events, e => e.Version);

    private void AppendVersioned<T>(string streamId, int expectedVersion, IEnumerable<T> events, Func<T, int> versionOf)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(events);
        var version = expectedVersion;
        AppendRows(streamId, expectedVersion, events.Select(e => ++version == versionOf(e)
            ? (version, e.GetType().Name, JsonSerializer.Serialize<T>(e, _options))
            : throw new ArgumentException($"Event {e} should be version {version} of {streamId}.", nameof(events))));
    }

    private void AppendRows(string streamId, int expectedVersion, IEnumerable<(int Version, string Type, string Json)> rows)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var current = Version(connection, transaction, streamId);
        if (current != expectedVersion)
        {
            throw new StaleVersionException(streamId, expectedVersion, current);
        }

        foreach (var (version, type, json) in rows)
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO events (stream_id, version, type, json) VALUES ($stream, $version, $type, $json)";
            insert.Parameters.AddWithValue("$stream", streamId);
            insert.Parameters.AddWithValue("$version", version);
            insert.Parameters.AddWithValue("$type", type);
            insert.Parameters.AddWithValue("$json", json);
            try
            {
                insert.ExecuteNonQuery();
            }
            catch (SqliteException unique) when (unique.SqliteErrorCode == 19)   // SQLITE_CONSTRAINT: the UNIQUE key, the last line of defence
            {
                throw new StaleVersionException(streamId, expectedVersion, current, unique);
            }
        }

        transaction.Commit();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static int Version(SqliteConnection connection, SqliteTransaction? transaction, string streamId)
    {
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT COALESCE(MAX(version), 0) FROM events WHERE stream_id = $stream";
        select.Parameters.AddWithValue("$stream", streamId);
        return Convert.ToInt32(select.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>An append refused because the writer read an older version of the stream than the one stored.</summary>
#pragma warning disable CA1032 // Standard exception constructors: a refusal always names the stream and both versions.
public sealed class StaleVersionException(string streamId, int expectedVersion, int actualVersion, Exception? innerException = null)
#pragma warning restore CA1032
    : Exception($"{streamId} is at version {actualVersion}, but the writer read version {expectedVersion}: another writer came first; read the order again and retry.", innerException)
{
    /// <summary>The stream appended to.</summary>
    public string StreamId { get; } = streamId;

    /// <summary>The version the writer had read.</summary>
    public int ExpectedVersion { get; } = expectedVersion;

    /// <summary>The version the store holds.</summary>
    public int ActualVersion { get; } = actualVersion;
}
