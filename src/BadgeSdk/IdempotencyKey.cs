using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace BadgeSdk;

/// <summary>
/// A key that lets a server recognise a repeated write. The SDK chooses one per logical call,
/// sends the same bytes on every retry, and never replaces a key the caller supplied.
/// </summary>
/// <remarks>
/// Use <see cref="New"/> for a one-off call. Use <see cref="FromParts"/> when the same piece of
/// work may be run again (a batch job restarted after a crash): the same parts give the same key
/// on any machine, so the rerun cannot issue twice.
/// </remarks>
public readonly struct IdempotencyKey : IEquatable<IdempotencyKey>
{
    /// <summary>The longest key accepted, which keeps keys inside common server column sizes.</summary>
    public const int MaxLength = 255;

    private readonly string? _value;

    /// <summary>Wraps a key chosen by the caller.</summary>
    /// <param name="value">The key: 1 to <see cref="MaxLength"/> printable ASCII characters.</param>
    /// <exception cref="BadgeValidationException">The key is empty, too long, or has characters that cannot travel in a URL or header unescaped.</exception>
    public IdempotencyKey(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        BadgeValidationException.ThrowIfBlank(value, "IdempotencyKey");
        if (value.Length > MaxLength)
        {
            throw BadgeValidationException.ForField("IdempotencyKey", $"an idempotency key may be at most {MaxLength} characters; this one has {value.Length}.");
        }

        foreach (var c in value)
        {
            if (c is < '!' or > '~')
            {
                throw BadgeValidationException.ForField("IdempotencyKey", "an idempotency key may contain only printable ASCII characters without spaces.");
            }
        }

        _value = value;
    }

    /// <summary>Gets the key as sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default (empty) key.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Creates a fresh, unique key (a time-ordered GUID, 32 hex digits).</summary>
    /// <returns>A new key.</returns>
    public static IdempotencyKey New()
    {
#if NET9_0_OR_GREATER
        var guid = Guid.CreateVersion7();
#else
        var guid = Guid.NewGuid();
#endif
        return new IdempotencyKey(guid.ToString("N"));
    }

    /// <summary>
    /// Derives a key from the parts that identify a piece of work, for example the badge id and
    /// the recipient's email. The same parts always give the same key, on any machine.
    /// </summary>
    /// <param name="parts">The identifying parts, in a fixed order. Each part may be empty but not null.</param>
    /// <returns>A 40-character key: <c>bsk-</c> and 36 hex digits of a SHA-256 digest.</returns>
    /// <remarks>Parts are length-prefixed before hashing, so <c>("ab", "c")</c> and <c>("a", "bc")</c> differ.</remarks>
    public static IdempotencyKey FromParts(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Length == 0)
        {
            throw BadgeValidationException.ForField(nameof(parts), "At least one part is needed to derive a key.");
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i] ?? throw new ArgumentNullException(nameof(parts), $"Part {i} is null.");
            var bytes = Encoding.UTF8.GetBytes(part);
            BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        var digest = hash.GetHashAndReset();
        return new IdempotencyKey("bsk-" + Convert.ToHexString(digest, 0, 18).ToLowerInvariant());
    }

    /// <summary>The caller's key, or a fresh one when the caller gave none (or the empty default).</summary>
    /// <param name="key">The caller's key.</param>
    /// <returns>The key to send on every attempt of the call.</returns>
    internal static string ValueOrNew(IdempotencyKey? key) => IsUnset(key) ? New().Value : key!.Value.Value;

    /// <summary>Tells whether the caller left the key to the SDK (none, or the empty default).</summary>
    /// <param name="key">The caller's key.</param>
    /// <returns><see langword="true"/> when the SDK generates the key.</returns>
    internal static bool IsUnset(IdempotencyKey? key) => key is not { IsEmpty: false };

    /// <summary>Converts a caller's key string.</summary>
    /// <param name="value">The key.</param>
    public static implicit operator IdempotencyKey(string value) => new(value);

    /// <summary>Compares two keys ordinally.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    public static bool operator ==(IdempotencyKey left, IdempotencyKey right) => left.Equals(right);

    /// <summary>Compares two keys ordinally.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    public static bool operator !=(IdempotencyKey left, IdempotencyKey right) => !left.Equals(right);

    /// <summary>Creates a key from a string; same as the implicit conversion.</summary>
    /// <param name="value">The key.</param>
    /// <returns>The key.</returns>
    public static IdempotencyKey FromString(string value) => new(value);

    /// <inheritdoc/>
    public bool Equals(IdempotencyKey other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IdempotencyKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
