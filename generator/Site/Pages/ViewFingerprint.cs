using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Portal.Site;

/// <summary>
/// Fingerprints a page from what its templates can see: every public property of the page and of its view model,
/// walked to the leaves. `serve` renders a page again only when this value moves, so a field newly shown on a page
/// is covered as soon as it is in the view model; nothing is listed by hand.
/// </summary>
/// <remarks>
/// Views must be trees of records, lists and values (no cycles: the walk would not end, so depth is capped and
/// exceeding it is a programming error). Shared views hash once (<see cref="SharedView"/>); a Markdown body hashes
/// its source text (<see cref="IFingerprinted"/>).
/// </remarks>
public static class ViewFingerprint
{
    private const int MaxDepth = 24;
    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> Getters = new();

    public static ulong Of(object? view) => Walk(new Hasher(), view, 0).Value;

    /// <summary>The members of a shared view (called once per view, by the view itself).</summary>
    internal static ulong OfMembers(object view) => Members(new Hasher(), view, 0).Value;

    private static Hasher Walk(Hasher hash, object? value, int depth)
    {
        if (depth > MaxDepth) throw new InvalidOperationException($"View too deep or cyclic at {value?.GetType().Name}: views must be trees.");
        switch (value)
        {
            case null: return hash.Add(0x6E756C6CUL);
            case string text: return hash.Add(text);
            case bool b: return hash.Add(b ? 2UL : 1UL);
            case int i: return hash.Add(unchecked((ulong)i));
            case long l: return hash.Add(unchecked((ulong)l));
            case ulong u: return hash.Add(u);
            case double d: return hash.Add(BitConverter.DoubleToUInt64Bits(d));
            case DateOnly date: return hash.Add(unchecked((ulong)date.DayNumber));
            case Enum e: return hash.Add(Convert.ToUInt64(e));
            case SharedView shared: return hash.Add(shared.Fingerprint);
            case IFingerprinted known: return hash.Add(known.Fingerprint);
            case IEnumerable list:
                var count = 0UL;
                foreach (var item in list) { hash = Walk(hash, item, depth + 1); count++; }
                return hash.Add(count);
            default: return Members(hash, value, depth);
        }
    }

    private static Hasher Members(Hasher hash, object value, int depth)
    {
        var type = value.GetType();
        var getters = Getters.GetOrAdd(type, Compile);
        // A value with no readable members would hash as its type name alone, and every change to it would go unseen.
        if (getters.Length == 0) throw new InvalidOperationException($"{type.FullName} cannot be fingerprinted: give it public properties or handle it in ViewFingerprint.");
        hash = hash.Add(type.FullName);
        foreach (var get in getters) hash = Walk(hash, get(value), depth + 1);
        return hash;
    }

    /// <summary>Compiled getters of the public instance properties, in a fixed order (by name).</summary>
    private static Func<object, object?>[] Compile(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true } && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p =>
            {
                var instance = Expression.Parameter(typeof(object));
                var read = Expression.Property(Expression.Convert(instance, type), p);
                return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
            })
            .ToArray();

    /// <summary>SplitMix64 over 64-bit inputs; strings through XXH3.</summary>
    private readonly struct Hasher(ulong state)
    {
        public ulong Value => Mix(state);

        public Hasher Add(ulong value) => new(Mix(state ^ value) + 0x9E3779B97F4A7C15UL);

        public Hasher Add(string? text) =>
            Add(text is null ? 0x5555UL : XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan()), text.Length));

        private static ulong Mix(ulong z)
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}

/// <summary>A view value that knows its own fingerprint (a Markdown body: its source text, not its rendered HTML).</summary>
public interface IFingerprinted
{
    ulong Fingerprint { get; }
}
