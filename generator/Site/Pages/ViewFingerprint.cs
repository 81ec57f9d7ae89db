using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Portal.Site;

/// <summary>
/// Fingerprints a page from what its templates can see: every public property and field of the page and of its view model,
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
    private static readonly ConcurrentDictionary<Type, MemberWalker> Walkers = new();
    private static readonly Func<Type, MemberWalker> Compiler = Compile;

    /// <summary>Hashes a value's public properties into <paramref name="hash"/>: compiled once per type, reading strings and numbers unboxed.</summary>
    private delegate Hasher MemberWalker(object value, Hasher hash, int depth);

    public static ulong Of(object? view) => Walk(new Hasher(), view, 0).Value;

    /// <summary>The fingerprint of <paramref name="view"/> seeded with <paramref name="seed"/> (a site-wide fingerprint or a text hash).</summary>
    public static ulong Of(ulong seed, object? view) => Walk(new Hasher().Add(seed), view, 0).Value;

    /// <summary>Two fingerprints as one (a page's with the site-wide one).</summary>
    public static ulong Combine(ulong first, ulong second) => new Hasher().Add(first).Add(second).Value;

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
            case Enum e: return hash.Add(Convert.ToUInt64(e, System.Globalization.CultureInfo.InvariantCulture));
            case SharedView shared: return hash.Add(shared.Fingerprint);
            case IFingerprinted known: return hash.Add(known.Fingerprint);
            case IList list: // by index: no enumerator to allocate, for the thousands of lists an update walks
                for (var i = 0; i < list.Count; i++) hash = Walk(hash, list[i], depth + 1);
                return hash.Add((ulong)list.Count);
            case IEnumerable sequence:
                var count = 0UL;
                foreach (var item in sequence) { hash = Walk(hash, item, depth + 1); count++; }
                return hash.Add(count);
            default: return Members(hash, value, depth);
        }
    }

    private static Hasher Members(Hasher hash, object value, int depth) => Walkers.GetOrAdd(value.GetType(), Compiler)(value, hash, depth);

    /// <summary>
    /// Reads the public instance properties and fields (templates see both) in a fixed order (by name): strings, integers and booleans straight into the
    /// hash, anything else through <see cref="Walk"/>. A value with no readable members is refused: it would hash as its
    /// type name alone, and every change to it would go unseen.
    /// </summary>
    private static MemberWalker Compile(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true } && p.Name != "EqualityContract")
            .Select(p => (Member: (MemberInfo)p, Type: p.PropertyType))
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => (Member: (MemberInfo)f, Type: f.FieldType)))
            .OrderBy(p => p.Member.Name, StringComparer.Ordinal)
            .ToList();
        if (properties.Count == 0)
            throw new InvalidOperationException($"{type.FullName} cannot be fingerprinted: give it public properties or handle it in ViewFingerprint.");
        var value = Expression.Parameter(typeof(object), "value");
        var hash = Expression.Parameter(typeof(Hasher), "hash");
        var depth = Expression.Parameter(typeof(int), "depth");
        var typed = Expression.Variable(type, "typed");
        var addNumber = typeof(Hasher).GetMethod(nameof(Hasher.Add), [typeof(ulong)])!;
        var addText = typeof(Hasher).GetMethod(nameof(Hasher.Add), [typeof(string)])!;
        var walk = typeof(ViewFingerprint).GetMethod(nameof(Walk), BindingFlags.NonPublic | BindingFlags.Static)!;
        var next = Expression.Add(depth, Expression.Constant(1));
        var steps = new List<Expression>
        {
            Expression.Assign(typed, Expression.Convert(value, type)),
            Expression.Assign(hash, Expression.Call(hash, addText, Expression.Constant(type.FullName))),
        };
        var addShared = typeof(ViewFingerprint).GetMethod(nameof(AddShared), BindingFlags.NonPublic | BindingFlags.Static)!;
        var addSharedList = typeof(ViewFingerprint).GetMethod(nameof(AddSharedList), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var property in properties)
        {
            var read = Expression.MakeMemberAccess(typed, property.Member);
            var shownType = property.Type;
            var listItem = shownType.IsGenericType && shownType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? shownType.GetGenericArguments()[0] : null;
            Expression step = shownType switch
            {
                // Cards and links: their cached fingerprint, without the type tests of Walk.
                var t when t.IsSealed && typeof(SharedView).IsAssignableFrom(t) => Expression.Call(addShared, hash, read),
                _ when listItem is { IsSealed: true } && typeof(SharedView).IsAssignableFrom(listItem) =>
                    Expression.Call(addSharedList.MakeGenericMethod(listItem), hash, read),
                var t when t == typeof(string) => Expression.Call(hash, addText, read),
                var t when t == typeof(int) || t == typeof(long) => Expression.Call(hash, addNumber, Expression.Convert(Expression.Convert(read, typeof(long)), typeof(ulong))),
                var t when t == typeof(ulong) => Expression.Call(hash, addNumber, read),
                var t when t == typeof(bool) => Expression.Call(hash, addNumber, Expression.Condition(read, Expression.Constant(2UL), Expression.Constant(1UL))),
                _ => Expression.Call(walk, hash, Expression.Convert(read, typeof(object)), next),
            };
            steps.Add(Expression.Assign(hash, step));
        }
        steps.Add(hash);
        return Expression.Lambda<MemberWalker>(Expression.Block([typed], steps), value, hash, depth).Compile();
    }

    private static Hasher AddShared(Hasher hash, SharedView? view) => hash.Add(view is null ? 0x6E756C6CUL : view.Fingerprint);

    private static Hasher AddSharedList<T>(Hasher hash, IReadOnlyList<T>? list) where T : SharedView
    {
        if (list is null) return hash.Add(0x6E756C6CUL);
        for (var i = 0; i < list.Count; i++) hash = hash.Add(list[i].Fingerprint);
        return hash.Add((ulong)list.Count);
    }

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
