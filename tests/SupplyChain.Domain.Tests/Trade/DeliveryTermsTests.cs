using SupplyChain.Domain.Trade;

namespace SupplyChain.Domain.Tests.Trade;

public sealed class DeliveryTermsTests
{
    [Fact]
    public void FOB_Shenzhen_is_a_rule_and_a_named_place()
    {
        var terms = DeliveryTerms.Parse("FOB Shenzhen");

        terms.Incoterm.Should().BeSameAs(Incoterm.Fob);
        terms.NamedPlace.Should().Be("Shenzhen");
        terms.ToString().Should().Be("FOB Shenzhen");
        terms.Should().Be(new DeliveryTerms(Incoterm.Fob, "Shenzhen"));
    }

    [Fact]
    public void The_place_may_have_several_words_and_surrounding_white_space_is_dropped()
    {
        var terms = DeliveryTerms.Parse("  dap   Leipzig Hub 2 ");

        terms.Incoterm.Should().BeSameAs(Incoterm.Dap);
        terms.NamedPlace.Should().Be("Leipzig Hub 2");
        DeliveryTerms.Parse(terms.ToString()).Should().Be(terms);
    }

    [Fact]
    public void Terms_differ_by_rule_or_place()
    {
        var fob = new DeliveryTerms(Incoterm.Fob, "Shenzhen");

        fob.Should().NotBe(new DeliveryTerms(Incoterm.Fca, "Shenzhen"));
        fob.Should().NotBe(new DeliveryTerms(Incoterm.Fob, "Yantian"));
        fob.GetHashCode().Should().Be(new DeliveryTerms(Incoterm.Fob, " Shenzhen ").GetHashCode());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("FOB")]
    [InlineData("FOB   ")]
    [InlineData("DAT Leipzig")]
    [InlineData("Shenzhen FOB")]
    public void TryParse_returns_false_and_never_throws(string? text)
    {
        DeliveryTerms.TryParse(text, out var terms).Should().BeFalse();
        terms.Should().BeNull();
    }

    [Fact]
    public void A_rule_without_a_place_is_refused()
    {
        var act = () => DeliveryTerms.Parse("FOB");

        act.Should().Throw<FormatException>().WithMessage(
            "'FOB' is not a valid Incoterms 2020 delivery term: expected an Incoterms rule followed by a named place, such as 'FOB Shenzhen'.");
    }

    [Fact]
    public void DAT_with_a_place_is_refused_naming_DPU()
    {
        var act = () => DeliveryTerms.Parse("DAT Leipzig");

        act.Should().Throw<FormatException>().WithMessage(
            "'DAT Leipzig' is not a valid Incoterms 2020 delivery term: DAT (Incoterms 2010) was replaced by DPU (Delivered at Place Unloaded) in Incoterms 2020.");
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        FluentActions.Invoking(() => DeliveryTerms.Parse(null))
            .Should().Throw<FormatException>()
            .WithMessage("null is not a valid Incoterms 2020 delivery term: the text must not be null.");
        FluentActions.Invoking(() => new DeliveryTerms(null!, "Shenzhen"))
            .Should().Throw<ArgumentNullException>().WithParameterName("incoterm");
        FluentActions.Invoking(() => new DeliveryTerms(Incoterm.Fob, " "))
            .Should().Throw<ArgumentException>().WithParameterName("namedPlace")
            .WithMessage("namedPlace must not be empty or white space.*");
    }
}
