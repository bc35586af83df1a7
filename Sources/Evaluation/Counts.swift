/// The tallies behind the metrics, with the reference scorer's key names in its order.
public struct Counts: Sendable, Equatable {
    public var goldDirect = 0
    public var goldAll = 0
    public var goldDirectNoSource = 0
    public var sysDirect = 0
    public var sysAll = 0
    public var recDirect = 0
    public var recAll = 0
    public var precHits = 0
    public var e2eDirect = 0
    public var e2eAll = 0
    public var goldDirectOpening = 0
    public var recDirectOpening = 0
    public var e2eDirectOpening = 0
    public var docs = 0
    public var docsWithoutPred = 0

    public var named: [(String, Int)] {
        [("gold_direct", goldDirect), ("gold_all", goldAll), ("gold_direct_nosource", goldDirectNoSource),
         ("sys_direct", sysDirect), ("sys_all", sysAll), ("rec_direct", recDirect), ("rec_all", recAll),
         ("prec_hits", precHits), ("e2e_direct", e2eDirect), ("e2e_all", e2eAll),
         ("gold_direct_opening", goldDirectOpening), ("rec_direct_opening", recDirectOpening),
         ("e2e_direct_opening", e2eDirectOpening), ("docs", docs), ("docs_without_pred", docsWithoutPred)]
    }
}

/// The reported figures, all ratios of counts (0 when the denominator is 0).
public struct Metrics: Sendable, Equatable {
    public let directPrecision: Double
    public let directRecall: Double
    public let directF1: Double
    public let e2eDirectAccuracy: Double
    public let e2eAllAccuracy: Double
    public let allRecall: Double
    public let directRecallOpening: Double
    public let e2eDirectOpeningAccuracy: Double
    public let directRecallMixed: Double

    init(_ c: Counts) {
        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
        func ratio(_ a: Double, _ b: Double) -> Double { b == 0 ? 0 : a / b }
        directPrecision = ratio(c.precHits, c.sysDirect)
        directRecall = ratio(c.recDirect, c.goldDirect)
        directF1 = ratio(2 * directPrecision * directRecall, directPrecision + directRecall)
        e2eDirectAccuracy = ratio(c.e2eDirect, c.goldDirect)
        e2eAllAccuracy = ratio(c.e2eAll, c.goldAll)
        allRecall = ratio(c.recAll, c.goldAll)
        directRecallOpening = ratio(c.recDirectOpening, c.goldDirectOpening)
        e2eDirectOpeningAccuracy = ratio(c.e2eDirectOpening, c.goldDirectOpening)
        directRecallMixed = ratio(c.recDirect - c.recDirectOpening, c.goldDirect - c.goldDirectOpening)
    }

    public var named: [(String, Double)] {
        [("direct_precision", directPrecision), ("direct_recall", directRecall), ("direct_f1", directF1),
         ("e2e_direct_acc", e2eDirectAccuracy), ("e2e_all_acc", e2eAllAccuracy), ("all_recall", allRecall),
         ("direct_recall_opening", directRecallOpening), ("e2e_direct_opening_acc", e2eDirectOpeningAccuracy),
         ("direct_recall_mixed", directRecallMixed)]
    }
}
