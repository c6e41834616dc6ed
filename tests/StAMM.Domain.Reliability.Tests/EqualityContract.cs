using System.Reflection;

namespace StAMM.Domain.Reliability.Tests;

/// <summary>
/// The contract of a value's equality, checked the way NodaTime's <c>TestHelper.TestEqualsClass</c> checks it: equal
/// values are equal by <see cref="IEquatable{T}.Equals(T)"/>, <see cref="object.Equals(object)"/> and the operators and
/// have one hash code; each unequal value is unequal by all of them; nothing equals null.
/// </summary>
/// <remarks>Shared by the test projects as a linked source file (tests/StAMM.Domain.Reliability.Tests/EqualityContract.cs).</remarks>
internal static class EqualityContract
{
    /// <summary>Checks the contract on a value, an equal value made separately, and values that differ in one property each.</summary>
    public static void Holds<T>(T value, T equalValue, params T[] unequalValues)
        where T : class, IEquatable<T>
    {
        value.Should().NotBeSameAs(equalValue, "the equal value must be made separately, or reference equality would pass");
        value.Equals(equalValue).Should().BeTrue($"{value} equals {equalValue}");
        value.Equals((object)equalValue).Should().BeTrue("Equals(object) agrees with Equals(T)");
        equalValue.Equals(value).Should().BeTrue("equality is symmetric");
        value.GetHashCode().Should().Be(equalValue.GetHashCode(), "equal values have one hash code");
        Operator<T>("op_Equality", value, equalValue)?.Should().BeTrue("== agrees with Equals");
        Operator<T>("op_Inequality", value, equalValue)?.Should().BeFalse("!= agrees with Equals");
        IEquatable<T> equatable = value;
        object boxed = value;
        equatable.Equals(null).Should().BeFalse("nothing equals null");
        boxed.Equals(null).Should().BeFalse("nothing equals null");
        Operator<T>("op_Equality", value, null)?.Should().BeFalse("a value is not == null");
        Operator<T>("op_Inequality", null, value)?.Should().BeTrue("null != a value");
        unequalValues.Should().NotBeEmpty("the contract needs values that differ");
        foreach (var unequal in unequalValues)
        {
            equatable!.Equals(unequal).Should().BeFalse($"{value} differs from {unequal}");
            boxed!.Equals(unequal).Should().BeFalse("Equals(object) agrees with Equals(T)");
            unequal.Equals(value).Should().BeFalse("equality is symmetric");
            boxed.GetHashCode().Should().NotBe(unequal.GetHashCode(), "these unequal values should not share a hash code");
            Operator<T>("op_Equality", value, unequal)?.Should().BeFalse("== agrees with Equals");
            Operator<T>("op_Inequality", value, unequal)?.Should().BeTrue("!= agrees with Equals");
        }
    }

    private static bool? Operator<T>(string name, T? left, T? right) =>
        typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)]) is { } method
            ? (bool)method.Invoke(null, [left, right])!
            : null;
}
