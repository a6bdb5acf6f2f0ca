using System;
using LambdaGen.Core.Fields;

namespace LambdaGen.Core.Model;

/// <summary>
/// The values of a spec's settings, one slot per row of <see cref="FieldTable"/> (each a boxed <see cref="Setting{T}"/>,
/// or null for "not set"). Immutable with value equality, so a spec stays cache-friendly in the generator pipeline.
/// </summary>
public readonly struct SettingTable : IEquatable<SettingTable>
{
    private readonly object?[]? _slots;

    private SettingTable(object?[] slots) => _slots = slots;

    /// <summary>The boxed <see cref="Setting{T}"/> of <paramref name="field"/>, or null when it is not set.</summary>
    public object? this[Field field] =>
        _slots is { } slots && field.Index >= 0 && field.Index < slots.Length ? slots[field.Index] : null;

    public Setting<T>? Get<T>(Field<T> field) => this[field] is Setting<T> setting ? setting : null;

    /// <summary>A copy with <paramref name="field"/> set to <paramref name="setting"/> (a boxed <see cref="Setting{T}"/> of the
    /// field's type, or null to unset it).</summary>
    public SettingTable With(Field field, object? setting)
    {
        if (field.Index < 0)
        {
            throw new ArgumentException($"{field.Name} is a collection and has no slot", nameof(field));
        }

        var slots = new object?[FieldTable.SlotCount];
        _slots?.CopyTo(slots, 0);
        slots[field.Index] = setting;
        return new SettingTable(slots);
    }

    /// <summary>A mutable copy for setting many slots with one allocation (the parser and the resolver).</summary>
    public Builder ToBuilder() => new(_slots);

    /// <summary>Collects settings, then <see cref="ToTable"/> freezes them.</summary>
    public sealed class Builder
    {
        private readonly object?[] _slots = new object?[FieldTable.SlotCount];

        internal Builder(object?[]? from) => from?.CopyTo(_slots, 0);

        public object? this[Field field]
        {
            get => field.Index >= 0 ? _slots[field.Index] : null;
            set
            {
                if (field.Index < 0)
                {
                    throw new ArgumentException($"{field.Name} is a collection and has no slot", nameof(field));
                }

                _slots[field.Index] = value;
            }
        }

        /// <summary>The table; the builder must not be used afterwards (the slots are handed over, not copied).</summary>
        public SettingTable ToTable() => new(_slots);
    }

    public bool Equals(SettingTable other)
    {
        for (int i = 0; i < FieldTable.SlotCount; i++)
        {
            if (!Equals(At(i), other.At(i)))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is SettingTable other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            int hash = 17;
            for (int i = 0; i < FieldTable.SlotCount; i++)
            {
                hash = hash * 31 + (At(i)?.GetHashCode() ?? 0);
            }

            return hash;
        }
    }

    private object? At(int index) => _slots is { } slots && index < slots.Length ? slots[index] : null;
}
